import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-gray-600 aria-disabled:bg-gray-600",
  secondary: "border border-gray-500 bg-white text-gray-900 hover:bg-gray-100 aria-disabled:text-gray-600",
  danger: "bg-red-700 text-white hover:bg-red-800 aria-disabled:bg-gray-600",
};

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      {...props}
      className={`inline-flex items-center justify-center rounded px-4 py-2 text-sm font-medium ${styles[variant]} ${className}`}
    />
  );
}
