/**
 * Accessibility feedback without a server and without a third party: the visitor describes the
 * barrier, the form writes the message, and the visitor sends it by post (print or copy) or, when
 * the office has published an address for it, by e-mail. Nothing leaves the browser by itself.
 *
 * Rendered only in the browser (client:only); without JavaScript the page text gives the postal
 * address, which is the fallback the accessibility statement names anyway.
 */
import { Component, createRef } from 'preact';
import { composeFeedback, checkFeedback, pageFromQuery, type FeedbackFields, type FeedbackLabels, type Recipient } from '../lib/feedback';

export interface FeedbackStrings {
  heading: string;
  intro: string;
  page: string;
  pageHint: string;
  problem: string;
  problemHint: string;
  problemMissing: string;
  tools: string;
  toolsHint: string;
  reply: string;
  replyHint: string;
  optional: string;
  required: string;
  compose: string;
  result: string;
  resultIntro: string;
  resultIntroMail: string;
  sendTo: string;
  copy: string;
  copied: string;
  copyFailed: string;
  print: string;
  mail: string;
  ready: string;
  letter: FeedbackLabels;
}

interface Props {
  strings: FeedbackStrings;
  recipient: Recipient;
}

interface State {
  fields: FeedbackFields;
  error: boolean;
  composed?: { text: string; mailto?: string };
  status: string;
}

const empty: FeedbackFields = { page: '', problem: '', tools: '', reply: '' };

export default class FeedbackForm extends Component<Props, State> {
  state: State = { fields: empty, error: false, status: '' };
  private problem = createRef<HTMLTextAreaElement>();
  private resultHeading = createRef<HTMLHeadingElement>();

  componentDidMount() {
    const page = pageFromQuery(location.search, location.origin);
    if (page) this.setState({ fields: { ...this.state.fields, page } });
    addEventListener('afterprint', this.afterPrint);
  }

  componentWillUnmount() {
    removeEventListener('afterprint', this.afterPrint);
  }

  private afterPrint = () => {
    delete document.documentElement.dataset.print;
  };

  private set(name: keyof FeedbackFields, value: string) {
    // Editing after composing makes the composed message stale: hide it until composed again.
    this.setState({ fields: { ...this.state.fields, [name]: value }, composed: undefined, status: '', error: name === 'problem' && value.trim() ? false : this.state.error });
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const { missing } = checkFeedback(this.state.fields);
    if (missing.length > 0) {
      this.setState({ error: true, composed: undefined, status: '' }, () => this.problem.current?.focus());
      return;
    }
    const composed = composeFeedback(this.state.fields, this.props.strings.letter, this.props.recipient);
    this.setState({ error: false, composed, status: this.props.strings.ready }, () => this.resultHeading.current?.focus());
  };

  private copy = async () => {
    const { strings } = this.props;
    try {
      await navigator.clipboard.writeText(this.state.composed!.text);
      this.setState({ status: strings.copied });
    } catch {
      this.setState({ status: strings.copyFailed });
    }
  };

  private print = () => {
    // print.css shows only the letter while this is set.
    document.documentElement.dataset.print = 'feedback';
    print();
  };

  private field(name: keyof FeedbackFields, label: string, hint: string, multiline: boolean, required = false) {
    const { strings } = this.props;
    const { fields, error } = this.state;
    const id = `feedback-${name}`;
    const invalid = required && error;
    const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
    const common = {
      id,
      name,
      value: fields[name],
      'aria-describedby': describedBy,
      'aria-invalid': invalid ? ('true' as const) : undefined,
      required,
      onInput: (e: Event) => this.set(name, (e.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class="do-feedback__field">
        <label for={id}>
          {label} <span class="do-feedback__need">({required ? strings.required : strings.optional})</span>
        </label>
        <p id={`${id}-hint`} class="do-feedback__hint">
          {hint}
        </p>
        {invalid && (
          <p id={`${id}-error`} class="do-feedback__error">
            {strings.problemMissing}
          </p>
        )}
        {multiline ? <textarea {...common} rows={6} ref={name === 'problem' ? this.problem : undefined} /> : <input {...common} type="text" autocomplete={name === 'reply' ? 'email' : 'off'} />}
      </div>
    );
  }

  render({ strings, recipient }: Props, { composed, status }: State) {
    return (
      <section class="do-feedback" aria-labelledby="feedback-heading">
        <h3 id="feedback-heading">{strings.heading}</h3>
        <p>{strings.intro}</p>
        <form onSubmit={this.submit} noValidate>
          {this.field('page', strings.page, strings.pageHint, false)}
          {this.field('problem', strings.problem, strings.problemHint, true, true)}
          {this.field('tools', strings.tools, strings.toolsHint, false)}
          {this.field('reply', strings.reply, strings.replyHint, false)}
          <button type="submit" class="do-button do-button--dark">
            {strings.compose}
          </button>
        </form>
        <p role="status" class="do-feedback__status">
          {status}
        </p>
        {composed && (
          <div class="do-feedback__result">
            <h3 id="feedback-result" tabIndex={-1} ref={this.resultHeading}>
              {strings.result}
            </h3>
            <p>{composed.mailto ? strings.resultIntroMail : strings.resultIntro}</p>
            <div class="do-feedback__letter" role="document" aria-labelledby="feedback-result">
              {composed.text}
            </div>
            <div class="do-feedback__actions">
              {composed.mailto && (
                <a class="do-button do-button--dark" href={composed.mailto}>
                  {strings.mail}
                </a>
              )}
              <button type="button" class="do-button do-button--ghost" onClick={this.copy}>
                {strings.copy}
              </button>
              <button type="button" class="do-button do-button--ghost" onClick={this.print}>
                {strings.print}
              </button>
            </div>
            <p class="do-feedback__to">
              {strings.sendTo}
              <br />
              {recipient.lines.map((line, i) => (
                <>
                  {i > 0 && <br />}
                  {line}
                </>
              ))}
            </p>
          </div>
        )}
      </section>
    );
  }
}
