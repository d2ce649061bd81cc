/** The direction a sort value gives a column: "name" ascending, "-name" descending. */
export function sortDirection(sort: string, column: string): 'ascending' | 'descending' | 'none' {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return 'none';
}

/** Clicking a header sorts by it ascending; clicking it again flips the direction. */
export function nextSort(sort: string, column: string): string {
  return sort === column ? `-${column}` : column;
}

type SortHeaderProps = {
  column: string;
  label: string;
  sort: string;
  onSort: (column: string) => void;
  /** Read to screen readers after the label, e.g. "(urut naik)"; translated by the caller. */
  ascendingText: string;
  descendingText: string;
};

/** A sortable column header (a button inside <th aria-sort>), for lists sorted on the server. */
export function SortHeader({ column, label, sort, onSort, ascendingText, descendingText }: SortHeaderProps) {
  const direction = sortDirection(sort, column);
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
        {direction !== 'none' && <span className="visually-hidden">{direction === 'ascending' ? ascendingText : descendingText}</span>}
      </button>
    </th>
  );
}
