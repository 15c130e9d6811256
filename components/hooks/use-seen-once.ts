"use client";

import { type RefCallback, useCallback, useState } from "react";

/**
 * True once the element has come within `margin` of the viewport, and true from then on: heavy
 * content below the fold mounts when it is about to be seen, not while the page loads.
 */
export function useSeenOnce<T extends Element>(margin = "200px"): [RefCallback<T>, boolean] {
  const [seen, setSeen] = useState(false);
  const ref = useCallback<RefCallback<T>>(
    (element) => {
      if (!element || seen) return;
      if (typeof IntersectionObserver === "undefined") {
        setSeen(true);
        return;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setSeen(true);
            observer.disconnect();
          }
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [seen, margin],
  );
  return [ref, seen];
}
