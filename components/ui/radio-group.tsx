import { useId, type ReactNode } from "react";

type Option<V extends string> = { value: V; label: ReactNode };

/** A group of radio buttons in a fieldset, its question as the legend and its error below. */
export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  onBlur,
  error,
  inline = true,
}: {
  legend: ReactNode;
  name: string;
  options: Array<Option<V>>;
  value: V | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  error?: string;
  inline?: boolean;
}) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} aria-invalid={Boolean(error)} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              onBlur={onBlur}
              className="h-4 w-4 border-slate-400 text-eu-blue"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
