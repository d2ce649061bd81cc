import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import { useOpenCategories, useSetOpenCategories, type OpenCategory } from '../api/requirements';

type Category = OpenCategory['category'];

// Literal keys (no template strings) so the translation test sees every one of them.
const categoryLabels: Record<Category, (t: TFunction) => string> = {
  food_beverage: (t) => t('requirements.categories.food_beverage'),
  fashion: (t) => t('requirements.categories.fashion'),
  craft: (t) => t('requirements.categories.craft'),
  furniture: (t) => t('requirements.categories.furniture'),
  agriculture_produce: (t) => t('requirements.categories.agriculture_produce'),
  cosmetics: (t) => t('requirements.categories.cosmetics'),
  other: (t) => t('requirements.categories.other'),
};

/** Admin: the product categories open in the city's local e-katalog (the category_open requirement reads them). */
export function OpenCategories() {
  const { t } = useTranslation();
  const query = useOpenCategories();
  const save = useSetOpenCategories();
  const [chosen, setChosen] = useState<Set<Category> | null>(null);
  const [saved, setSaved] = useState(false);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} />;
  const open = chosen ?? new Set(query.data.filter((c) => c.open).map((c) => c.category));

  function toggle(category: Category) {
    const next = new Set(open);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    setChosen(next);
    setSaved(false);
  }

  return (
    <section className="card" aria-labelledby="open-categories">
      <h2 id="open-categories">{t('requirements.open.title')}</h2>
      <p className="muted">{t('requirements.open.intro')}</p>
      <fieldset>
        <legend>{t('requirements.open.legend')}</legend>
        {query.data.map((c) => (
          <label key={c.category} className="checkbox">
            <input type="checkbox" checked={open.has(c.category)} onChange={() => toggle(c.category)} /> {categoryLabels[c.category]?.(t) ?? c.category}
          </label>
        ))}
      </fieldset>
      {save.isError && (
        <div className="alert alert-error" role="alert">
          {t('states.error')}
        </div>
      )}
      {saved && <p role="status">{t('requirements.open.saved')}</p>}
      <button
        type="button"
        className="button button-primary"
        disabled={save.isPending || chosen === null}
        onClick={() =>
          save.mutate([...open], {
            onSuccess: () => {
              setChosen(null);
              setSaved(true);
            },
          })
        }
      >
        {save.isPending ? t('requirements.add.saving') : t('requirements.open.save')}
      </button>
    </section>
  );
}
