/**
 * A heading and twenty rows: roughly what the register shows above the fold, with nothing else.
 * Its cost is the floor the app is compared against.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const ROWS = Array.from({ length: 20 }, (_, index) => ({
  id: index + 1,
  name: `Patiënt ${index + 1}`,
  birthDate: `19${String(30 + index).padStart(2, '0')}-01-01`,
}));

function App() {
  return (
    <main>
      <h1>Patiënten</h1>
      <div role="table" aria-label="Patiënten">
        <div role="rowgroup">
          {ROWS.map((row) => (
            <div role="row" key={row.id}>
              <span role="cell">{row.name}</span> <span role="cell">{row.birthDate}</span>
            </div>
          ))}
        </div>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
