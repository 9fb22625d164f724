import { NotFoundContent } from "@/components/not-found-content";

/** A page of the app that is not there (or not the user's to see): inside the app's frame and its <main>. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-8">
      <NotFoundContent />
    </div>
  );
}
