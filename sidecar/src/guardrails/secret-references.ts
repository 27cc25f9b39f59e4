/**
 * Values that name where a secret is kept instead of being one, and keys their vendors publish
 * on purpose: shared by the keyword rule and the high-entropy rule.
 */

/**
 * A value that names where a secret is kept rather than being one: secret-manager ARNs and
 * paths, vault and provider references, CloudFormation/Helm/Kubernetes indirections, and
 * keys that are public by design (Stripe publishable keys, Mapbox `pk.` tokens, New Relic
 * browser keys, Flutterwave public keys, Supabase's `sb_publishable_` keys, PostHog project keys `phc_…`, which PostHog documents
 * as safe to ship in a web page; its personal keys `phx_…` are secrets; Stripe's PaymentIntent and
 * SetupIntent client secrets `pi_…_secret_…`, which Stripe hands to the browser to confirm a payment).
 */
const SECRET_REFERENCE =
  /^(?:arn:aws[\w-]*:|(?:ref\+)?(?:vault|awssm|awsssm|ssm|gcpsm|azkv|keyvault|secretsmanager|op|sops|doppler|infisical|k8s|env|file)(?::|\+)|projects\/[^/\s]+\/secrets\/|(?:secret|kv|database|aws|gcp|azure|pki|transit|ssh)\/(?:data|creds|issue|sign|keys|metadata)\/|\{\{\s*resolve:|!(?:Ref|Sub|GetAtt|ImportValue)\b|valueFrom\b|secretKeyRef\b|pk_(?:live|test)_|pk\.eyJ|NRJS-[a-f0-9]{19}$|FLWPUBK(?:_TEST)?-|phc_[A-Za-z0-9]{30,}$|sb_publishable_[A-Za-z0-9_-]{20,}$|(?:pi|seti)_[A-Za-z0-9]{14,}_secret_[A-Za-z0-9]{10,}$)/i;

/**
 * Whether a value names where a secret is kept, or is a key public by design (see above).
 *
 * @example
 * ```ts
 * isSecretReference("pk_live_51H…"); // true
 * ```
 */
export function isSecretReference(value: string): boolean {
  return SECRET_REFERENCE.test(value) || ADYEN_CLIENT_KEY.test(value);
}

/**
 * An Adyen client key (`test_` or `live_` and 32 upper-case letters and digits), which Adyen's
 * Web Drop-in takes in the browser: public by design, unlike the merchant's API key (`AQE…`).
 */
const ADYEN_CLIENT_KEY = /^(?:test|live)_[A-Z0-9]{32}$/;
