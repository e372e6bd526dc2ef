import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageErrorMessage() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <h1>{t('errors.page.title')}</h1>
      <p>{t('errors.page.body')}</p>
      <a href="/patienten">{t('patient.backToRegister')}</a>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** The page's location: navigating elsewhere clears the error. */
  resetKey: string;
}

/** Shows a Dutch message instead of a blank screen when a page fails; the device's data is untouched. */
export class PageErrorBoundary extends Component<Props, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.hasError) this.setState({ hasError: false });
  }

  override render(): ReactNode {
    return this.state.hasError ? <PageErrorMessage /> : this.props.children;
  }
}
