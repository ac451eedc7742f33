// Placeholder: filled in by the step 6 work.
export default function Step6() {
  return <h1>Stap 6</h1>;
}
