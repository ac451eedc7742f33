import { type ReactNode, useEffect } from 'react';
import { useNavigate } from 'react-router';

// React Router's <Link> resolves its path with hooks on every render; on a page with hundreds of
// links (the plan list, step 3, the overzichtskaart, the trust page) that was a large part of the
// server's time (docs/decisions/0005). A ListLink is a plain <a href>: it works without
// JavaScript as it is, and with JavaScript one listener (ListLinkNavigation, in the root) turns
// a click on it into the same client-side navigation a <Link> makes.

const MARK = 'data-list-link';

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

/** One click listener for every ListLink on the page: client-side navigation, as <Link> does. */
export function ListLinkNavigation() {
  const navigate = useNavigate();
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
