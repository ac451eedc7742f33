export default function ImportPlan() {
  return <h1>Plan importeren</h1>;
}
