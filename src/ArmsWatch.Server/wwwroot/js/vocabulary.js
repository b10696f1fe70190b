// The closed vocabularies of the claims contract, for filters and labels.

import { stateText } from './states.js';

export const CATEGORIES = ['aircraft', 'air-defence', 'armoured-vehicles', 'artillery', 'missiles', 'ships', 'sensors', 'engines',
  'naval-weapons', 'satellites', 'small-arms', 'other', 'unspecified'];
export const STAGES = ['request', 'offer', 'negotiation', 'agreement', 'delivery', 'cancellation'];
export const CERTAINTIES = ['fact', 'planned', 'possible', 'unlikely', 'denied'];

/** The contract's polarity: a cancellation, or an unlikely/denied step, but not both. */
export function isNegative(claim) {
  return (claim.stage === 'cancellation') !== (claim.certainty === 'unlikely' || claim.certainty === 'denied');
}

export function money(value) {
  if (value === null || value === undefined) return '';
  const number = Number(value);
  if (number >= 1e9) return `$${(number / 1e9).toFixed(2).replace(/\.?0+$/, '')} bn`;
  if (number >= 1e6) return `$${(number / 1e6).toFixed(1).replace(/\.0$/, '')} m`;
  return `$${number.toLocaleString('en')}`;
}

/** "Russia (RUS) → Iran (IRN)", with "?" for an unknown party. */
export function parties(claim) {
  return `${stateText(claim.supplier)} → ${stateText(claim.recipient)}`;
}
