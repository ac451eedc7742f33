// Placeholder: filled in by the step 5 work.
export default function Step5() {
  return <h1>Stap 5</h1>;
}
