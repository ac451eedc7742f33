// Placeholder: filled in by the step 1 work.
export default function Step1() {
  return <h1>Stap 1</h1>;
}
