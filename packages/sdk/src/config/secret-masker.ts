/** Replacement shown wherever a secret was. */
export const MASK = '****';

// scheme://user:password@ or scheme://token@ : credentials in a URL, marked as secret or not.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]+@/gi;

/**
 * Hides secrets in text: every value registered with {@link SecretMasker.add}, in the forms it
 * takes inside URLs, JSON strings and basic-auth headers, and any credentials embedded in a URL.
 *
 * @example
 * const masker = new SecretMasker(['s3cr3t']);
 * masker.mask('GET https://bot:s3cr3t@api.example.com?token=s3cr3t'); // 'GET https://api.example.com?token=****'
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(secrets: Iterable<unknown> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret (a string or number); empty values are ignored. */
  add(secret: unknown): void {
    if (typeof secret !== 'string' && typeof secret !== 'number') return;
    const text = String(secret);
    if (text.length === 0) return;
    const before = this.secrets.size;
    for (const variant of variantsOf(text)) if (variant.length > 0) this.secrets.add(variant);
    if (this.secrets.size !== before) this.pattern = undefined;
  }

  /** Whether any secret has been registered. */
  get size(): number {
    return this.secrets.size;
  }

  /** The text with every secret replaced by {@link MASK} and URL credentials removed. */
  mask(text: string): string {
    let out = text.includes('://') ? text.replace(URL_CREDENTIALS, '$1') : text;
    if (this.secrets.size > 0) out = out.replace(this.regex(), MASK);
    return out;
  }

  private regex(): RegExp {
    if (!this.pattern) {
      // Longest first, so a secret that contains another is hidden whole.
      const alternatives = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.pattern = new RegExp(alternatives.join('|'), 'g');
    }
    return this.pattern;
  }
}

function variantsOf(secret: string): string[] {
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    jsonEscaped,
    JSON.stringify(jsonEscaped).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('base64'),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
