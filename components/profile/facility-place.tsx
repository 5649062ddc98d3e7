import { Localized, langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

type Place = Pick<
  NonNullable<PrisonerProfileDto["currentDetention"]>,
  "facilityName" | "facilityRegion"
>;

/** A place of detention as the profile names it: the facility, then its region when known. */
export function FacilityPlace({ place }: { place: Place }) {
  return (
    <>
      <span lang={langOf(place.facilityName)}>{place.facilityName.text}</span>
      {place.facilityRegion ? (
        <>
          {", "}
          <Localized value={place.facilityRegion} />
        </>
      ) : null}
    </>
  );
}
