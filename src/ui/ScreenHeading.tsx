import { useEffect, useRef, type ReactNode } from 'react';

/** Announced on every new screen; the embedding code tells the host page to scroll to the frame. */
export const SCREEN_EVENT = 'foerderbaukasten:screen';
let firstScreen = true;

/**
 * The one `h1` of a screen. It takes focus when the screen appears, so keyboard and screen-reader
 * users start at the top of the new step (GOV.UK pattern).
 */
export function ScreenHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // In a frame, the first screen does not take focus: that would pull the host page to the frame.
    if (!(firstScreen && window.parent !== window)) ref.current?.focus();
    firstScreen = false;
    window.dispatchEvent(new Event(SCREEN_EVENT));
  }, []);
  return (
    <>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
