// The message above a form's buttons: an error (announced at once) or a status line. Nothing when empty.
export function ErrorAlert(props: { message: string | null | undefined }) {
  return props.message ? (
    <div className="alert error" role="alert">
      {props.message}
    </div>
  ) : null;
}

export function InfoAlert(props: { message: string | null | undefined }) {
  return props.message ? (
    <div className="alert info" role="status">
      {props.message}
    </div>
  ) : null;
}
