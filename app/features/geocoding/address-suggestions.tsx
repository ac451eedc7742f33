import { useEffect, useId, useRef, useState } from 'react';

// Address suggestions while typing: turns the form's plain "address" text box into an ARIA 1.2
// combobox (list autocomplete) once JavaScript runs. Choosing a suggestion fills address,
// postcode and place. Without JavaScript, or when PDOK does not answer, the text boxes simply
// stay text boxes; the server looks the address up when the form is saved.

type Suggestion = { id: string; label: string };

const DELAY_MS = 250;

export function AddressSuggestions() {
  const anchor = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const state = useRef({ suggestions, active });
  state.current = { suggestions, active };

  // Find the address box of this form and make it a combobox.
  useEffect(() => {
    const field = anchor.current
      ?.closest('form')
      ?.querySelector<HTMLInputElement>('input[name="address"]');
    if (!field) return;
    field.setAttribute('role', 'combobox');
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-expanded', 'false');
    field.setAttribute('aria-controls', listId);
    field.setAttribute('autocomplete', 'off');
    setInput(field);
    return () => {
      for (const name of ['role', 'aria-autocomplete', 'aria-expanded', 'aria-controls'])
        field.removeAttribute(name);
    };
  }, [listId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `choose` reads the same `input`
  useEffect(() => {
    if (!input) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const form = input.form;

    const close = () => {
      setSuggestions([]);
      setActive(-1);
    };

    const search = () => {
      controller?.abort();
      const typed = input.value.trim();
      if (typed.length < 3) return close();
      const city = form?.querySelector<HTMLInputElement>('input[name="city"]')?.value.trim() ?? '';
      controller = new AbortController();
      const q =
        city && !typed.toLowerCase().includes(city.toLowerCase()) ? `${typed} ${city}` : typed;
      fetch(`/api/adressen?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then(async (response) => {
          const body = (await response.json()) as { suggesties?: Suggestion[]; fout?: string };
          if (!response.ok) {
            close();
            setStatus(body.fout ?? '');
            return;
          }
          const found = body.suggesties ?? [];
          setSuggestions(found);
          setActive(-1);
          setStatus(
            found.length === 0
              ? ''
              : `${found.length === 1 ? '1 adres' : `${found.length} adressen`} gevonden. Kies met pijltje omlaag.`,
          );
        })
        .catch(() => {
          // Aborted by newer typing, or no connection: the user just keeps typing.
        });
    };

    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(search, DELAY_MS);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const { suggestions: list, active: current } = state.current;
      if (event.key === 'Escape' && list.length > 0) {
        event.preventDefault();
        close();
      } else if (event.key === 'ArrowDown' && list.length > 0) {
        event.preventDefault();
        setActive((current + 1) % list.length);
      } else if (event.key === 'ArrowUp' && list.length > 0) {
        event.preventDefault();
        setActive(current <= 0 ? list.length - 1 : current - 1);
      } else if (event.key === 'Enter' && current >= 0 && list[current]) {
        // Enter picks the suggestion instead of sending the form.
        event.preventDefault();
        void choose(list[current]);
      }
    };

    const onBlur = () => {
      // Let a click on an option land first.
      setTimeout(close, 150);
    };

    input.addEventListener('input', onInput);
    input.addEventListener('keydown', onKeyDown);
    input.addEventListener('blur', onBlur);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('blur', onBlur);
    };
  }, [input]);

  useEffect(() => {
    if (!input) return;
    input.setAttribute('aria-expanded', suggestions.length > 0 ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }, [input, suggestions, active, listId]);

  async function choose(suggestion: Suggestion) {
    setSuggestions([]);
    setActive(-1);
    if (!input) return;
    try {
      const response = await fetch(`/api/adressen?id=${encodeURIComponent(suggestion.id)}`);
      const body = (await response.json()) as {
        adres?: { address: string; postcode: string; city: string } | null;
        fout?: string;
      };
      if (!response.ok || !body.adres) {
        setStatus(body.fout ?? 'Dit adres konden we niet ophalen. Typ het zelf in.');
        return;
      }
      const form = input.form;
      const fill = (name: string, value: string) => {
        const field = form?.querySelector<HTMLInputElement>(`input[name="${name}"]`);
        if (field && value) field.value = value;
      };
      fill('address', body.adres.address);
      fill('postcode', body.adres.postcode);
      fill('city', body.adres.city);
      setStatus(`Ingevuld: ${suggestion.label}.`);
      input.focus();
    } catch {
      setStatus('Dit adres konden we niet ophalen. Typ het zelf in.');
    }
  }

  return (
    <div ref={anchor} className="address-suggestions">
      <div
        id={listId}
        role="listbox"
        aria-label="Suggesties"
        className="address-suggestions__list"
        hidden={suggestions.length === 0}
      >
        {suggestions.map((suggestion, index) => (
          <div
            key={suggestion.id}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="address-suggestions__option"
            // mousedown keeps the focus in the text box; click picks the address.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void choose(suggestion)}
            onKeyDown={() => {}}
          >
            {suggestion.label}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
