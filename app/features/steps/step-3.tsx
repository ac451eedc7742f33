// Placeholder: filled in by the step 3 work.
export default function Step3() {
  return <h1>Stap 3</h1>;
}
