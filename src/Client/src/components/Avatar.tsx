export function Avatar({ url, name, size = 40 }: { url: string | null | undefined; name: string; size?: number }) {
  if (url) return <img className="avatar" src={url} alt="" width={size} height={size} loading="lazy" />;
  return (
    <span className="avatar avatar-fallback" style={{ width: size, height: size }} aria-hidden="true">
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
