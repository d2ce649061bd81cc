import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import './styles.css';
import { App } from './app/app';

// Indonesian is in this bundle (ready at once); English, when chosen before, is fetched first.
await i18nReady;

// The first render as a transition: React draws it in slices and yields to the browser between
// them, instead of one long task that keeps a slow phone from answering a tap (issue #18:
// Lighthouse mobile counted the single render task as blocking time).
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
