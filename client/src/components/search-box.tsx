import { useState, type FormEvent, type ReactNode } from 'react';

type Props = {
  /** The input's id (the label points at it). */
  id: string;
  label: string;
  buttonLabel: string;
  /** The value in the URL; when it changes (back/forward, clear) the box starts again from it. */
  initial: string;
  /** Called with the trimmed text when the form is sent. */
  onSearch: (value: string) => void;
  name?: string;
  /** The id of a <datalist> of suggestions, given as `children`. */
  list?: string;
  children?: ReactNode;
};

/** A list's text filter: a search form that applies its text on submit, not on each keystroke. */
export function SearchBox(props: Props) {
  return <SearchForm key={props.initial} {...props} />;
}

function SearchForm({ id, label, buttonLabel, initial, onSearch, name, list, children }: Props) {
  const [value, setValue] = useState(initial);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(value.trim());
  }
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input id={id} type="search" name={name} list={list} value={value} onChange={(e) => setValue(e.target.value)} />
        {children}
        <button type="submit" className="button button-primary">
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
