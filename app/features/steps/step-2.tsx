// Placeholder: filled in by the step 2 work.
export default function Step2() {
  return <h1>Stap 2</h1>;
}
