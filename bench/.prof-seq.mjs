import { startTijdigServer, schemaVersion } from './lib/tijdig-server.mjs';
import { newDevicePush } from './server-push.mjs';
const version = await schemaVersion();
const server = await startTijdigServer({ label: 'prof', env: { TIJDIG_UPKEEP_MS: process.env.UPKEEP ?? '10000' } });
const seq = async (n) => { const t=[]; for (let i=0;i<n;i++){ const s=performance.now(); const r= await fetch(server.url+'/api/sync/push',{method:'POST',headers:server.headers,body:newDevicePush(version)}); await r.text(); t.push(performance.now()-s);} t.sort((a,b)=>a-b); return `p50 ${t[Math.floor(n/2)].toFixed(1)} p90 ${t[Math.floor(n*0.9)].toFixed(1)}`; };
for (let k = 0; k < 6; k++) console.log(`after ${k*200} pushes:`, await seq(200));
await server.stop();
