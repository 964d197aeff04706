import { LeaderCard } from '../elements/leader-card/leader-card.js';
import { defineElement } from './define-element.js';

defineElement('leader-card', LeaderCard);

declare global {
  interface HTMLElementTagNameMap {
    'leader-card': LeaderCard;
  }
}
