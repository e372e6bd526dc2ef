import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Shown instead of the charts when drawing them fails; the tables keep the numbers. */
  fallback: ReactNode;
}

/** Keeps a chart that fails to draw from taking the page (and its tables) down with it. */
export class ChartErrorBoundary extends Component<Props, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback : this.props.children;
  }
}
