import sanitizeHtml from 'sanitize-html';
import { maxImageChars } from '../../../shared/schemas/academy-courses.ts';

const inlineImage = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

/** Whether an image source may stay: a web link, or a small inline picture of a safe type. */
function imageAllowed(src: string): boolean {
  if (/^https?:\/\//i.test(src)) return src.length <= 2000;
  return inlineImage.test(src) && src.length <= maxImageChars;
}

const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'strong', 'em', 's', 'u', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'br', 'hr', 'img', 'a'],
  allowedAttributes: { a: ['href', 'target', 'rel'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  // Headings the editor makes as h1 become h2: the page title is the only h1.
  transformTags: { h1: 'h2', a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }) },
  exclusiveFilter: (frame) => frame.tag === 'img' && !imageAllowed(frame.attribs.src ?? ''),
};

/** Cleans a lesson's rich text written by a trainer so that learners' browsers can render it as HTML. */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, options);
}
