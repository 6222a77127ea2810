package jp.tsunagu.archfixture.brandnew;

import jp.tsunagu.archfixture.alpha.ui.AlphaView;

/** A feature package added without telling the architecture test, using another feature's screen. */
public class Fresh {

    public Object borrow() {
        return new AlphaView();
    }
}
