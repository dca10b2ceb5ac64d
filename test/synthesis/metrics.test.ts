import { expect } from 'chai';
import { accuracy, ari, nmi, purity } from '../../server/synthesis/metrics.js';
import { maxWeightMatching } from '../../server/synthesis/hungarian.js';

describe('synthesis: evaluation metrics and assignment', () => {
  it('scores perfect and permuted clusterings as 1', () => {
    const truth = ['a', 'a', 'b', 'b', 'c', 'c'];
    const pred = [2, 2, 0, 0, 1, 1];
    expect(nmi(truth, pred)).to.be.closeTo(1, 1e-12);
    expect(ari(truth, pred)).to.be.closeTo(1, 1e-12);
    expect(accuracy(truth, pred)).to.equal(1);
    expect(purity(truth, pred)).to.equal(1);
  });

  it('matches scikit-learn on a small example', () => {
    // sklearn: normalized_mutual_info_score / adjusted_rand_score of these labels
    const truth = [0, 0, 0, 1, 1, 1];
    const pred = [0, 0, 1, 1, 2, 2];
    expect(nmi(truth, pred)).to.be.closeTo(0.5158037429793889, 1e-9);
    expect(ari(truth, pred)).to.be.closeTo(0.24242424242424246, 1e-9);
    expect(accuracy(truth, pred)).to.be.closeTo(4 / 6, 1e-12);
  });

  it('finds the maximum-weight matching, rectangular either way', () => {
    expect(Array.from(maxWeightMatching([1, 9, 8, 2], 2, 2))).to.deep.equal([1, 0]);
    expect(Array.from(maxWeightMatching([5, 1, 1, 1, 5, 1], 2, 3))).to.deep.equal([0, 1]);
    expect(Array.from(maxWeightMatching([5, 1, 1, 5, 9, 2], 3, 2))).to.deep.equal([-1, 1, 0]);
  });
});
