// Placeholder: filled in by the step 4 work.
export default function Step4() {
  return <h1>Stap 4</h1>;
}
