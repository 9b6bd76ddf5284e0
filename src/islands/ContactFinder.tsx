/**
 * Business contact finder: pick a topic, get the offices that answer it with their public channels.
 * Server-rendered it is the plain list of all contacts; the topic choice appears once hydrated.
 * Native radio buttons, so arrow keys, Tab and screen readers work as everywhere else.
 */
import { Component } from 'preact';

export interface FinderContact {
  key: string;
  name: string;
  description: string;
  topics: string[];
  address?: string;
  phone?: string;
  email?: string;
  website: string;
}

interface Props {
  contacts: FinderContact[];
  topics: [string, string][];
  strings: { legend: string; all: string; count: string; one: string; phone: string; email: string; website: string; address: string };
}

export default class ContactFinder extends Component<Props, { topic: string; ready: boolean }> {
  state = { topic: '', ready: false };

  componentDidMount() {
    const topic = new URLSearchParams(location.search).get('thema') ?? '';
    this.setState({ ready: true, topic: this.props.topics.some(([t]) => t === topic) ? topic : '' });
  }

  private choose(topic: string) {
    const url = new URL(location.href);
    if (topic) url.searchParams.set('thema', topic);
    else url.searchParams.delete('thema');
    history.replaceState(null, '', url);
    this.setState({ topic });
  }

  render({ contacts, topics, strings }: Props, { topic, ready }: { topic: string; ready: boolean }) {
    const shown = topic ? contacts.filter((c) => c.topics.includes(topic)) : contacts;
    return (
      <div class="do-contacts">
        {ready && (
          <fieldset class="do-chips do-contacts__topics">
            <legend>{strings.legend}</legend>
            {[['', strings.all] as [string, string], ...topics].map(([value, label]) => (
              <label>
                <input type="radio" name="topic" value={value} checked={topic === value} onChange={() => this.choose(value)} />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
        )}
        {ready && (
          <p role="status" class="do-contacts__count">
            {(shown.length === 1 ? strings.one : strings.count).replace('{n}', String(shown.length))}
          </p>
        )}
        <ul class="do-contacts__list">
          {shown.map((c) => (
            <li key={c.key}>
              <h2>{c.name}</h2>
              <p>{c.description}</p>
              <dl>
                {c.address && (
                  <div>
                    <dt>{strings.address}</dt>
                    <dd>{c.address}</dd>
                  </div>
                )}
                {c.phone && (
                  <div>
                    <dt>{strings.phone}</dt>
                    <dd>
                      <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a>
                    </dd>
                  </div>
                )}
                {c.email && (
                  <div>
                    <dt>{strings.email}</dt>
                    <dd>
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{strings.website}</dt>
                  <dd>
                    <a href={c.website}>{new URL(c.website).host.replace(/^www\./, '')}</a>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </div>
    );
  }
}
