import { type ReactNode, useEffect } from 'react';
import { useNavigate, useSubmit } from 'react-router';

// React Router's <Link> resolves its path with hooks on every render; on a page with hundreds of
// links (the plan list, step 3, the overzichtskaart, the trust page) that was a large part of the
// server's time (docs/decisions/0005). A ListLink is a plain <a href>: it works without
// JavaScript as it is, and with JavaScript one listener (ListLinkNavigation, in the root) turns
// a click on it into the same client-side navigation a <Link> makes. ListForm does the same
// for React Router's <Form>: a plain <form method="post">, submitted through React Router.

const MARK = 'data-list-link';
const FORM_MARK = 'data-list-form';

type ListLinkProps = {
  /** An absolute path inside the app, with search and hash if needed. */
  to: string;
  className?: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-describedby'?: string;
};

export function ListLink({ to, children, ...rest }: ListLinkProps) {
  return (
    <a href={to} {...{ [MARK]: '' }} {...rest}>
      {children}
    </a>
  );
}

/** A small post form in a list item (a button with hidden fields), e.g. "remove this place". */
export function ListForm({ action, children }: { action: string; children: ReactNode }) {
  return (
    <form method="post" action={action} {...{ [FORM_MARK]: '' }}>
      {children}
    </form>
  );
}

/**
 * One click and one submit listener for every ListLink and ListForm on the page: client-side
 * navigation and submission, as <Link> and <Form> do.
 */
export function ListLinkNavigation() {
  const navigate = useNavigate();
  const submit = useSubmit();
  useEffect(() => {
    function onSubmit(event: SubmitEvent) {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
      if (!form.hasAttribute(FORM_MARK)) return;
      event.preventDefault();
      const submitter = event.submitter;
      const target =
        submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement
          ? submitter
          : form;
      void submit(target, {
        method: 'post',
        action: form.getAttribute('action') ?? undefined,
      });
    }
    document.addEventListener('submit', onSubmit);
    return () => document.removeEventListener('submit', onSubmit);
  }, [submit]);
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.(`a[${MARK}]`);
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      void navigate(url.pathname + url.search + url.hash);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
  return null;
}
