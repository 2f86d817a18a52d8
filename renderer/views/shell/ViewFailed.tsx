// A view that failed, said in its place with the way out, instead of React unmounting the whole window and leaving
// it blank: its code did not arrive (the host stopped or restarted while the window stayed open), or drawing it threw.
// The banner, the running timer and the other views stay. A click on the view's link asks for its code again (LazyView
// keeps a failed load until then); a reload is the sure way, and the one a restarted host needs (a new link).
import { Component, type ReactNode } from 'react';
import { ViewCodeMissing } from '../../LazyView';
import { VIEW_TITLES, type ViewName } from '../../state/navStore';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  view: ViewName;
  /** What the button does; the window's reload outside tests. */
  reload?: () => void;
  children: ReactNode;
}

export class ViewFailed extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { view, reload = () => window.location.reload() } = this.props;
    const title = VIEW_TITLES[view];
    const why =
      error instanceof ViewCodeMissing
        ? `${title} could not open: its code did not load (${error.message}).`
        : `${title} ran into an error: ${error instanceof Error ? error.message : String(error)}.`;
    return (
      <section className="view" aria-labelledby={`${view}-heading`}>
        <h2 id={`${view}-heading`} tabIndex={-1}>
          {title}
        </h2>
        <ErrorMessage error={`${why} Nothing you saved is affected. Reload the window to try again; if Timelock was restarted, open it from its new link.`} />
        <button type="button" onClick={reload}>
          Reload the window
        </button>
      </section>
    );
  }
}
