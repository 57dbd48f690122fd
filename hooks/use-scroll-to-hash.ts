"use client";

import { useEffect, useRef } from "react";

/**
 * Once `ready` (the content is on the page), scrolls to the element the URL's hash names, as
 * the browser would have done had it been there at load; `onScrolled` then runs (to stop
 * following the bottom, say).
 */
export function useScrollToHash(ready: boolean, onScrolled: () => void): void {
  const onScrolledRef = useRef(onScrolled);
  useEffect(() => {
    onScrolledRef.current = onScrolled;
  });

  useEffect(() => {
    const id = window.location.hash.slice(1);
    const element = ready && id ? document.getElementById(id) : null;
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    onScrolledRef.current();
  }, [ready]);
}
