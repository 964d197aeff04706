import { expect } from '@open-wc/testing';
import { boxContour, mergeContours, placeChildren } from '../../src/layout/tidy-compose.js';

describe('placeChildren', () => {
  it('puts neighbouring boxes the sibling gap apart, centred under their parent', () => {
    const at = placeChildren([40, 60, 40], [boxContour(40), boxContour(60), boxContour(40)], 10);
    // Centres 50 + 10 apart, then 50 + 10: -60, 0, 60.
    expect(at).to.deep.equal([-60, 0, 60]);
  });

  it("keeps cousins twice the gap apart, pushing the later subtree past the earlier one's outline", () => {
    const wide = mergeContours(20, [boxContour(100)], [0]); // a small box over a wide child
    const at = placeChildren([20, 20], [wide, wide], 10);
    // Without the children the boxes would be 30 apart; their 100 px children need 100 + 2 × 10.
    expect(at[1]! - at[0]!).to.equal(120);
  });

  it('shares a push among the smaller subtrees in between, as d3 does', () => {
    const wide = mergeContours(20, [boxContour(200)], [0]);
    const small = boxContour(20);
    const at = placeChildren([20, 20, 20, 20], [wide, small, small, wide], 10);
    const gaps = [at[1]! - at[0]!, at[2]! - at[1]!, at[3]! - at[2]!];
    // The two wide subtrees end 220 apart; the two leaves between them are spread evenly.
    expect(at[3]! - at[0]!).to.equal(220);
    expect(gaps[0]).to.be.closeTo(gaps[1]!, 1e-9);
    expect(gaps[1]).to.be.closeTo(gaps[2]!, 1e-9);
  });
});

describe('mergeContours', () => {
  it("gives each depth the outermost edges of the children's outlines at their offsets", () => {
    const child = mergeContours(10, [boxContour(30), boxContour(30)], [-20, 20]);
    expect([...child]).to.deep.equal([-5, 5, -35, 35]);
    const parent = mergeContours(50, [child, boxContour(8)], [-100, 100]);
    expect([...parent]).to.deep.equal([-25, 25, -105, 104, -135, -65]);
  });
});
