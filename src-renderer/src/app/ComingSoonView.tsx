// Frames for views that later issues fill, so navigation is complete from the first release.
export function ComingSoonView(props: { title: string; description: string }) {
  return (
    <section aria-labelledby="soon-title">
      <h1 id="soon-title">{props.title}</h1>
      <div className="card empty">
        <p>{props.description}</p>
        <p>This part of Alliance is not built yet.</p>
      </div>
    </section>
  );
}
