package jp.tsunagu.archfixture.base;

import jp.tsunagu.archfixture.brandnew.Fresh;

/** A shared base that reaches into a feature nobody has listed anywhere. */
public class Kernel {

    public Fresh fresh() {
        return new Fresh();
    }
}
