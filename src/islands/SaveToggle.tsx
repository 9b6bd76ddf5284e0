/**
 * "Save to my list" on place, event and route pages. Rendered only in the browser (client:only), so
 * without JavaScript the button is simply absent. Nothing is stored until the visitor presses it.
 */
import { Component } from 'preact';
import { readSaved, toggle, writeSaved } from '../lib/savedList';

interface Props {
  id: string;
  listUrl: string;
  strings: { save: string; saved: string; toList: string };
}

export default class SaveToggle extends Component<Props, { saved: boolean }> {
  state = { saved: false };

  componentDidMount() {
    this.setState({ saved: readSaved(localStorage).includes(this.props.id) });
  }

  private onClick = () => {
    const ids = toggle(readSaved(localStorage), this.props.id);
    writeSaved(localStorage, ids);
    this.setState({ saved: ids.includes(this.props.id) });
  };

  render({ listUrl, strings }: Props, { saved }: { saved: boolean }) {
    return (
      <p class="do-save">
        <button type="button" aria-pressed={saved} onClick={this.onClick}>
          <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? strings.saved : strings.save}
        </button>
        <a href={listUrl}>{strings.toList}</a>
      </p>
    );
  }
}
