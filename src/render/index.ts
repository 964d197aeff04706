export { renderElement, RENDERABLE_TAGS, type RenderableTag, type RenderOptions } from './render-element.js';
