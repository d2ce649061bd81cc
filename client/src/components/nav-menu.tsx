import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';

type Item = { path: string; label: string };

/**
 * A disclosure menu in the header (native <details>: keyboard and screen-reader friendly without
 * scripting). It closes when the route changes and on Escape.
 */
export function NavMenu({ label, items }: { label: string; items: Item[] }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location.pathname]);
  if (items.length === 0) return null;
  const active = items.some((item) => location.pathname.startsWith(item.path));
  return (
    <details
      ref={ref}
      className="nav-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className={active ? 'active' : undefined}>{label}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
