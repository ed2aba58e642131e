import { describe, expect, it } from 'vitest';
import { headingIds, splitExplicitId } from '../../src/utils/heading-ids';

/** Runs the plugin's visitor on one heading, the way Sätteri would, and returns what it changed. */
function visit(children: Array<{ type: string; value?: string }>, text = children.map((c) => c.value ?? '').join('')) {
  const node: { properties: Record<string, unknown>; children: typeof children } = { properties: {}, children };
  const plugin = headingIds();
  plugin.element.visit(node, {
    textContent: () => text,
    setProperty: (_node, name, value) => {
      node.properties[name] = value;
    },
    replaceNode: (old, replacement) => {
      node.children = node.children.map((child) => (child === old ? replacement : child));
    },
  });
  return { id: node.properties.id, text: node.children.map((child) => child.value ?? '').join('') };
}

describe('explicit heading ids', () => {
  it.each([
    ['Kuruluş ön koşulları {#yasal-on-kosullar}', { text: 'Kuruluş ön koşulları', id: 'yasal-on-kosullar' }],
    ['Founding prerequisites {#legal-requirements}', { text: 'Founding prerequisites', id: 'legal-requirements' }],
    ['Kanun ne diyor?', { text: 'Kanun ne diyor?' }],
    ['Not an id {#Büyük harf}', { text: 'Not an id {#Büyük harf}' }],
    ['In the middle {#an-id} of the text', { text: 'In the middle {#an-id} of the text' }],
  ])('splits "%s"', (heading, expected) => {
    expect(splitExplicitId(heading)).toEqual(expected);
  });

  it('gives the heading the explicit id and removes the suffix from its words', () => {
    expect(visit([{ type: 'text', value: 'Kuruluş ön koşulları {#yasal-on-kosullar}' }])).toEqual({
      id: 'yasal-on-kosullar',
      text: 'Kuruluş ön koşulları',
    });
  });

  it('slugs a heading without one, in ASCII', () => {
    expect(visit([{ type: 'text', value: 'Kuruluş ön koşulları' }])).toEqual({
      id: 'kurulus-on-kosullari',
      text: 'Kuruluş ön koşulları',
    });
  });
});
