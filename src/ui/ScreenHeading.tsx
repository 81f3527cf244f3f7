import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The one `h1` of a screen. It takes focus when the screen appears, so keyboard and screen-reader
 * users start at the top of the new step (GOV.UK pattern).
 */
export function ScreenHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
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
