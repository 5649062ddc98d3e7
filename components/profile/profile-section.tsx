import clsx from "clsx";
import type { ReactNode } from "react";

interface ProfileSectionProps {
  /** Fragment id of the section; its heading gets `${id}-heading`. */
  id: string;
  title: ReactNode;
  /** Shown to the right of the title on wide screens (the timeline's order switch). */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** One h2 section of the profile, labelled by its heading and reachable by its id. */
export function ProfileSection({ id, title, aside, children, className }: ProfileSectionProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={clsx("profile-section", className)}
    >
      <div className="profile-section-head">
        <h2 id={`${id}-heading`} className="text-2xl profile-heading">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
