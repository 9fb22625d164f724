import { NotFoundContent } from "@/components/not-found-content";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <NotFoundContent />
    </main>
  );
}
