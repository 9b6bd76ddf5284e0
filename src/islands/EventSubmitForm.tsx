/**
 * "Veranstaltung melden" / "Submit an event": partners enter an event, the form checks it with the
 * rules the content schema uses (src/lib/eventRules.ts), then gives them a CSV file in the import
 * layout (src/lib/eventCsv.ts) to keep and an e-mail to the office with the same data. There is no
 * server: nothing leaves the browser unless the partner sends the e-mail. The editors save the CSV in
 * content/sources/eingang/ and run the import (doc/editing.md); the entry then waits for review.
 */
import { Component, createRef } from 'preact';
import { checkSubmission, type FieldProblem, type Submission } from '../lib/eventRules';
import { germanDate, submissionCsv, submissionId } from '../lib/eventCsv';

export interface SubmitStrings {
  labels: Record<keyof Submission, string>;
  /** Shorter names for the error summary where the label is a whole sentence. */
  short: Partial<Record<keyof Submission, string>>;
  hints: Partial<Record<keyof Submission, string>>;
  errors: Record<string, string>;
  when: string;
  where: string;
  about: string;
  who: string;
  required: string;
  optional: string;
  check: string;
  summary: string;
  summaryIntro: string;
  result: string;
  resultIntro: string;
  download: string;
  mail: string;
  mailNoAddress: string;
  mailSubject: string;
  mailIntro: string;
  mailCsv: string;
  contact: string;
  yes: string;
  no: string;
  languages: Record<'de' | 'en', string>;
}

interface Props {
  strings: SubmitStrings;
  categories: [string, string][];
  pillars: [string, string][];
  places: string[];
  locale: 'de' | 'en';
  /** The office's address for submissions, when it has published one (content/contacts). */
  email?: string;
}

interface State {
  fields: Submission;
  problems: FieldProblem[];
  result?: { csv: string; fileName: string; mailto: string };
}

const blank = (locale: 'de' | 'en'): Submission => ({
  title: '',
  description: '',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  venue: '',
  street: '',
  postalCode: '',
  category: '',
  pillar: 'events',
  free: false,
  price: '',
  organiser: '',
  organiserEmail: '',
  website: '',
  accessibility: '',
  language: locale,
  consent: false,
});

export default class EventSubmitForm extends Component<Props, State> {
  state: State = { fields: blank(this.props.locale), problems: [] };
  private summary = createRef<HTMLDivElement>();
  private resultHeading = createRef<HTMLHeadingElement>();

  private set<K extends keyof Submission>(name: K, value: Submission[K]) {
    // Editing after checking makes the file stale: it is made again on the next check.
    const fields = { ...this.state.fields, [name]: value };
    const problems = this.state.problems.length ? checkSubmission(fields) : [];
    this.setState({ fields, problems, result: undefined });
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const { fields } = this.state;
    const problems = checkSubmission(fields);
    if (problems.length) {
      this.setState({ problems, result: undefined }, () => this.summary.current?.focus());
      return;
    }
    const { strings, email } = this.props;
    const csv = submissionCsv(fields);
    const lines = (Object.keys(strings.labels) as (keyof Submission)[])
      .filter((k) => k !== 'consent' && k !== 'organiserEmail')
      .map((k) => {
        const v = fields[k];
        if (typeof v === 'boolean') return `${strings.labels[k]}: ${v ? strings.yes : strings.no}`;
        if (!v) return '';
        if (k === 'startDate' || k === 'endDate') return `${strings.labels[k]}: ${germanDate(v)}`;
        if (k === 'language') return `${strings.labels[k]}: ${strings.languages[v as 'de' | 'en']}`;
        if (k === 'category') return `${strings.labels[k]}: ${this.props.categories.find(([c]) => c === v)?.[1] ?? v}`;
        if (k === 'pillar') return `${strings.labels[k]}: ${this.props.pillars.find(([c]) => c === v)?.[1] ?? v}`;
        return `${strings.labels[k]}: ${v}`;
      })
      .filter(Boolean);
    const subject = strings.mailSubject.replace('{title}', fields.title.trim()).replace('{date}', germanDate(fields.startDate));
    const body = [strings.mailIntro, lines.join('\n'), `${strings.contact}: ${fields.organiserEmail.trim()}`, strings.mailCsv, csv.replace(/^\ufeff/, '')].join('\n\n');
    const mailto = `mailto:${email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    this.setState({ problems: [], result: { csv, fileName: `${submissionId(fields)}.csv`, mailto } }, () => this.resultHeading.current?.focus());
  };

  private problemOf(name: keyof Submission) {
    return this.state.problems.find((p) => p.field === name);
  }

  private field(name: keyof Submission, kind: 'text' | 'textarea' | 'date' | 'time' | 'email' | 'url' | 'select' | 'checkbox', required: boolean, options?: [string, string][]) {
    const { strings } = this.props;
    const id = `submit-${name}`;
    const problem = this.problemOf(name);
    const hint = strings.hints[name];
    const describedBy = [problem ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
    const value = this.state.fields[name];
    const common = {
      id,
      name,
      'aria-describedby': describedBy,
      'aria-invalid': problem ? ('true' as const) : undefined,
      required,
    };
    const label = (
      <label for={id}>
        {strings.labels[name]} <span class="do-feedback__need">({required ? strings.required : strings.optional})</span>
      </label>
    );
    const messages = (
      <>
        {hint && (
          <p id={`${id}-hint`} class="do-feedback__hint">
            {hint}
          </p>
        )}
        {problem && (
          <p id={`${id}-error`} class="do-feedback__error">
            {strings.errors[problem.code]}
          </p>
        )}
      </>
    );
    if (kind === 'checkbox') {
      return (
        <div class="do-feedback__field do-submit__check">
          <input {...common} type="checkbox" checked={value as boolean} onChange={(e) => this.set(name, (e.currentTarget as HTMLInputElement).checked as never)} />
          {label}
          {messages}
        </div>
      );
    }
    const onInput = (e: Event) => this.set(name, (e.currentTarget as HTMLInputElement).value as never);
    return (
      <div class="do-feedback__field">
        {label}
        {messages}
        {kind === 'textarea' ? (
          <textarea {...common} rows={4} value={value as string} onInput={onInput} />
        ) : kind === 'select' ? (
          <select {...common} value={value as string} onChange={onInput}>
            {!required || !value ? <option value="">–</option> : null}
            {options!.map(([v, l]) => (
              <option value={v}>{l}</option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={kind}
            value={value as string}
            onInput={onInput}
            list={name === 'venue' ? 'submit-places' : undefined}
            autocomplete={name === 'organiserEmail' ? 'email' : name === 'organiser' ? 'organization' : name === 'postalCode' ? 'postal-code' : name === 'street' ? 'street-address' : 'off'}
          />
        )}
      </div>
    );
  }

  render({ strings, categories, pillars, places, email }: Props, { problems, result }: State) {
    return (
      <div class="do-feedback do-submit">
        {problems.length > 0 && (
          <div class="do-submit__summary" role="alert" tabIndex={-1} ref={this.summary} aria-labelledby="submit-summary-title">
            <h2 id="submit-summary-title">{strings.summary}</h2>
            <p>{strings.summaryIntro}</p>
            <ul>
              {problems.map((p) => (
                <li>
                  <a href={`#submit-${p.field}`} onClick={(e) => { e.preventDefault(); document.getElementById(`submit-${p.field}`)?.focus(); }}>
                    {strings.short[p.field] ?? strings.labels[p.field]}: {strings.errors[p.code]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form onSubmit={this.submit} noValidate>
          <fieldset>
            <legend>{strings.about}</legend>
            {this.field('title', 'text', true)}
            {this.field('description', 'textarea', true)}
            {this.field('category', 'select', true, categories)}
            {this.field('pillar', 'select', true, pillars)}
            {this.field('language', 'select', true, [['de', strings.languages.de], ['en', strings.languages.en]])}
          </fieldset>
          <fieldset>
            <legend>{strings.when}</legend>
            {this.field('startDate', 'date', true)}
            {this.field('startTime', 'time', false)}
            {this.field('endDate', 'date', false)}
            {this.field('endTime', 'time', false)}
          </fieldset>
          <fieldset>
            <legend>{strings.where}</legend>
            {this.field('venue', 'text', true)}
            <datalist id="submit-places">
              {places.map((p) => (
                <option value={p} />
              ))}
            </datalist>
            {this.field('street', 'text', false)}
            {this.field('postalCode', 'text', false)}
            {this.field('accessibility', 'textarea', false)}
          </fieldset>
          <fieldset>
            <legend>{strings.who}</legend>
            {this.field('free', 'checkbox', false)}
            {!this.state.fields.free && this.field('price', 'text', true)}
            {this.field('organiser', 'text', true)}
            {this.field('organiserEmail', 'email', true)}
            {this.field('website', 'url', true)}
            {this.field('consent', 'checkbox', true)}
          </fieldset>
          <button type="submit" class="do-button do-button--dark">
            {strings.check}
          </button>
        </form>
        {result && (
          <div class="do-feedback__result">
            <h2 id="submit-result" tabIndex={-1} ref={this.resultHeading}>
              {strings.result}
            </h2>
            <p>{strings.resultIntro}</p>
            <div class="do-feedback__actions">
              <a class="do-button do-button--dark" href={`data:text/csv;charset=utf-8,${encodeURIComponent(result.csv)}`} download={result.fileName}>
                {strings.download}
              </a>
              <a class="do-button do-button--ghost" href={result.mailto}>
                {strings.mail}
              </a>
            </div>
            {!email && <p>{strings.mailNoAddress}</p>}
            <pre class="do-feedback__letter" aria-label={result.fileName}>{result.csv.replace(/^\ufeff/, '')}</pre>
          </div>
        )}
      </div>
    );
  }
}
