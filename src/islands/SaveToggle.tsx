/**
 * "Save to my list" on place, event and route pages. The server writes it hidden; it shows once the
 * island has hydrated (client:late, after the first paint), so without JavaScript the button is
 * simply absent. Its slot keeps the room free meanwhile. Nothing is stored until the visitor presses it.
 */
import { Component } from 'preact';
import { readSaved, toggle, writeSaved } from '../lib/savedList';

interface Props {
  id: string;
  listUrl: string;
  strings: { save: string; saved: string; toList: string };
}

export default class SaveToggle extends Component<Props, { saved: boolean; ready: boolean }> {
  state = { saved: false, ready: false };

  componentDidMount() {
    this.setState({ saved: readSaved(localStorage).includes(this.props.id), ready: true });
  }

  private onClick = () => {
    const ids = toggle(readSaved(localStorage), this.props.id);
    writeSaved(localStorage, ids);
    this.setState({ saved: ids.includes(this.props.id) });
  };

  render({ listUrl, strings }: Props, { saved, ready }: { saved: boolean; ready: boolean }) {
    return (
      <p class="do-save" hidden={!ready}>
        <button type="button" aria-pressed={saved} onClick={this.onClick}>
          <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? strings.saved : strings.save}
        </button>
        <a href={listUrl}>{strings.toList}</a>
      </p>
    );
  }
}
