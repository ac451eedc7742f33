export default function Overzichtskaart() {
  return <h1>Waar kun je ouders ontmoeten?</h1>;
}
