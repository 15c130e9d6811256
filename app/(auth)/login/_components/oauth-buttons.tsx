import { Button } from "@/components/ui/button";
import { signInWithProvider } from "../actions";

export function OAuthButtons({ providers }: { providers: { id: string; name: string }[] }) {
  return (
    <div className="grid gap-3">
      {providers.map((provider) => (
        <form key={provider.id} action={signInWithProvider}>
          <input type="hidden" name="providerId" value={provider.id} />
          <Button type="submit" variant="outline" className="w-full">
            Continue with {provider.name}
          </Button>
        </form>
      ))}
      <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground" aria-hidden="true">
        <span className="h-px flex-1 bg-border" />
        or
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
