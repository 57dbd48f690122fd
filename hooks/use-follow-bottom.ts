"use client";

import { useEffect, useLayoutEffect, useState } from "react";

const BOTTOM_SLACK_PX = 48;

function atBottom(): boolean {
  const { scrollHeight } = document.documentElement;
  return window.innerHeight + window.scrollY >= scrollHeight - BOTTOM_SLACK_PX;
}

/**
 * Follow mode for a live page: while following, the window sticks to the bottom as `content`
 * changes. A live run starts followed; scrolling up stops following, reaching the bottom again
 * resumes it. Only an upward scroll counts as the user's: growth above the view scrolls down.
 */
export function useFollowBottom(live: boolean, content: unknown) {
  const [following, setFollowing] = useState(live);
  // A run that becomes live starts followed (state adjusted while rendering, not in an effect).
  const [wasLive, setWasLive] = useState(live);
  if (live !== wasLive) {
    setWasLive(live);
    if (live) setFollowing(true);
  }

  useEffect(() => {
    let lastY = window.scrollY;
    const onScroll = () => {
      const y = window.scrollY;
      if (atBottom()) setFollowing(true);
      else if (y < lastY) setFollowing(false);
      lastY = y;
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);

  useLayoutEffect(() => {
    if (following) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" });
  }, [following, content]);

  return { following, setFollowing };
}
